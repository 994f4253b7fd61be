"""The PostgreSQL store's numbered schema migrations, applied in order and recorded in `schema_migrations`.

Numbered on their own, apart from SQLite's (`store/migrations.py`): migration 1 is the whole
schema as SQLite's 1-7 left it, since no PostgreSQL store has an older shape. Never edit one
that has shipped; add the next number, here and (when SQLite changes too) there.

Column types mirror SQLite's on purpose:

- times are `TEXT` holding fixed-width ISO 8601 UTC (`2026-04-22T04:00:00.000000Z`), not
  `timestamptz`. Those strings sort as the times do, every query is the same text on both
  backends (`store/sql.py`), and a row reads back byte for byte as it was written, so
  `newsdesk store copy` verifies a copy by checksums of the very values, in either direction.
  `timestamptz` would buy time arithmetic in SQL, which no query here does;
- JSON columns are `TEXT` for the same reason: `jsonb` reorders keys and refuses `\\u0000`, so a
  copied store would no longer checksum equal to its source (nothing queries inside the JSON);
- every text column is `COLLATE "C"`: byte order, as SQLite's, so `ORDER BY id` and comparisons
  of keys and times give the same answer on both whatever locale the database was created in;
- blobs are `BYTEA`, reals `DOUBLE PRECISION`.
"""

from __future__ import annotations

T = 'TEXT COLLATE "C"'

M001_INITIAL = f"""
CREATE TABLE posts (
    id            {T} PRIMARY KEY,
    source_id     {T} NOT NULL,
    platform      {T} NOT NULL,
    author_handle {T} NOT NULL,
    author_name   {T} NOT NULL,
    url           {T} NOT NULL,
    title         {T} NOT NULL DEFAULT '',
    text          {T} NOT NULL,
    created_at    {T} NOT NULL,
    fetched_at    {T},
    lang          {T},
    metrics       {T} NOT NULL DEFAULT '{{}}',
    links         {T} NOT NULL DEFAULT '[]',
    refs          {T} NOT NULL DEFAULT '[]',
    raw           {T}
);
CREATE INDEX posts_created_at ON posts (created_at);
CREATE INDEX posts_author ON posts (platform, author_handle, created_at);

CREATE TABLE source_state (
    source_id  {T} PRIMARY KEY,
    state      {T} NOT NULL DEFAULT '{{}}',
    updated_at {T} NOT NULL
);

CREATE TABLE source_health (
    source_id            {T} PRIMARY KEY,
    last_attempt         {T},
    last_success         {T},
    last_error           {T},
    consecutive_failures INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sources (
    id       {T} PRIMARY KEY,
    kind     {T} NOT NULL,
    locator  {T} NOT NULL,
    name     {T} NOT NULL DEFAULT '',
    weight   DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    lang     {T},
    tags     {T} NOT NULL DEFAULT '[]',
    options  {T} NOT NULL DEFAULT '{{}}',
    origin   {T} NOT NULL,
    removed  INTEGER NOT NULL DEFAULT 0,
    added_at {T} NOT NULL
);

CREATE TABLE editions (
    key          {T} PRIMARY KEY,
    title        {T} NOT NULL,
    slot_start   {T} NOT NULL,
    slot_end     {T} NOT NULL,
    generated_at {T} NOT NULL,
    categories   {T} NOT NULL,
    stats        {T} NOT NULL,
    files        {T} NOT NULL DEFAULT 'written'
);

CREATE TABLE edition_items (
    edition_key {T} NOT NULL REFERENCES editions (key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    story_id    {T} NOT NULL,
    headline    {T} NOT NULL,
    attribution {T} NOT NULL,
    url         {T} NOT NULL,
    summary     {T} NOT NULL,
    category    {T} NOT NULL,
    writer      {T} NOT NULL,
    post_ids    {T} NOT NULL,
    checks      {T} NOT NULL,
    fallback_reason {T},
    PRIMARY KEY (edition_key, position)
);
CREATE INDEX edition_items_story ON edition_items (story_id);

CREATE TABLE llm_calls (
    key               {T} PRIMARY KEY,
    model             {T} NOT NULL,
    prompt_version    {T} NOT NULL,
    story_id          {T} NOT NULL,
    ok                INTEGER NOT NULL,
    response          {T} NOT NULL,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    created_at        {T} NOT NULL
);
CREATE INDEX llm_calls_created ON llm_calls (created_at);

CREATE TABLE publications (
    edition_key {T} NOT NULL,
    channel     {T} NOT NULL,
    status      {T} NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'unknown')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  {T},
    detail      {T} NOT NULL DEFAULT '{{}}',
    updated_at  {T} NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (edition_key, channel)
);

CREATE TABLE embeddings (
    model      {T} NOT NULL,
    text_hash  {T} NOT NULL,
    dims       INTEGER NOT NULL,
    vector     BYTEA NOT NULL,
    created_at {T} NOT NULL,
    PRIMARY KEY (model, text_hash)
);
CREATE INDEX embeddings_created ON embeddings (created_at)
"""

#: each one a script of statements separated by ";\n", run in the migration's transaction
MIGRATIONS: tuple[str, ...] = (M001_INITIAL,)
