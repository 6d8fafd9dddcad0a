"""Signals that let higher layers act on learning events without learning importing them."""

from django.dispatch import Signal

# Sent inside the transaction that completes an enrolment, once per enrolment, with
# ``enrolment``. Certificates issue theirs and queue the completion email on it.
enrolment_completed = Signal()
