"""docscan."""
