"""Signals through which higher layers (learning, certificates...) take part in what accounts does
with a person's data, without accounts importing them."""

from django.dispatch import Signal

# Sent with ``user`` when a person downloads their data. Each receiver returns a pair
# ``(section_name, data)``: the name of its section in the download and what it keeps about the
# person, made of JSON-serialisable values (dates, times and UUIDs are fine).
personal_data_requested = Signal()

# Sent with ``user`` inside the transaction that erases a person's account, after their name and
# email address are gone from the user row. Receivers remove or blank what they keep that names
# the person (certificates keep their code and course, and lose the name); they must not delete
# rows that participation counts rely on. An error in a receiver rolls the erasure back.
user_erased = Signal()
