"""Static-site generator for policy explainers: data/ (YAML) -> docs/ (Markdown) -> site/."""
