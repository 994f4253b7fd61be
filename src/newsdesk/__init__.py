"""newsdesk: a trustworthy AI news briefing every four hours, on your own machine."""

__version__ = "0.1.0"
