"""Static-site generator for policy explainers: data/ (YAML) -> docs/ (Markdown) -> site/."""

__version__ = "0.9.0"
"""Raised with every change a desk would notice (CHANGELOG.md says what changed)."""
