"""Static-site generator for policy explainers: data/ (YAML) -> docs/ (Markdown) -> site/."""

__version__ = "0.9.0.dev0"
"""Raised with every change a desk would notice (CHANGELOG.md says what changed). A version
not yet released is a development one (PEP 440 `.devN`): two copies taken from it may
differ, and `.explainer-tool.json` records the commit that tells them apart."""
