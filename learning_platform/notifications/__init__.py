"""Every email: an outbox row written in the same transaction as the event, sent by a Celery
task, retried, never twice. A low layer: it imports none of the platform's other apps."""
