"""What certificates answer to the signals of the layers below (learning, accounts)."""


def connect() -> None:
    """Connects the receivers; called once from the app's ``ready``."""
