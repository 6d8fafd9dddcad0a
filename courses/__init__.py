"""What trainers author: Wagtail pages and blocks. Knows nothing about trainees."""
