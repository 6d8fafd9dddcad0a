"""Settings modules: ``base`` (the embedded default), ``production`` and ``test``."""
