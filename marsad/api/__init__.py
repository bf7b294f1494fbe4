"""REST API (/api/v1) and the app that also serves the web UI."""
from .app import create_app

__all__ = ["create_app"]
