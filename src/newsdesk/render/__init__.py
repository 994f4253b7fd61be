"""Renderers: pure functions from an `Edition` to the text of one output."""
