"""Demo content and accounts for ``make run``. It sits above every other app and imports them."""
