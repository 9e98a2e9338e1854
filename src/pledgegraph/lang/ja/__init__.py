"""Language data and helpers for 'ja'."""
