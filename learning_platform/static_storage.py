"""The production storage of static files: WhiteNoise's, which gives each file a hashed name
and writes gzip and Brotli copies beside it, made cheap to run again.

WhiteNoise compresses every file at every collectstatic, changed or not, under both its names:
five of the eight seconds of an upgrade that changed nothing. Here only the hashed names are
compressed, the ones pages use ({% static %} reads them from the manifest; a file asked for by
its plain name is still served, uncompressed), and only when their copies are missing: a hashed
name is its content, so copies once made stay right. (File times cannot tell: Django writes the
hashed stylesheets and scripts again at every run.)
"""

import os

from whitenoise.compress import brotli_installed
from whitenoise.storage import CompressedManifestStaticFilesStorage

SUFFIXES = (".gz", ".br") if brotli_installed else (".gz",)


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def compress_files(self, paths):
        hashed = set(self.hashed_files.values())  # the manifest, made before compression
        return super().compress_files(
            [path for path in paths if path in hashed and not self._copies_made(path)]
        )

    def _copies_made(self, path) -> bool:
        # A copy WhiteNoise found not worth making (no smaller) is tried again: rare and cheap.
        return all(os.path.exists(self.path(path) + suffix) for suffix in SUFFIXES)
