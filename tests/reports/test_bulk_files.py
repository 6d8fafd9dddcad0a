"""Reading participants files: what can be read, and what is refused, with its reason."""

import pytest

from learning_platform.reports import bulk_files


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("list.csv", b"", "The file is empty."),
        ("list.csv", b"who;where\nA;B\n", "these are missing: full_name, email"),
        ("list.pdf", b"%PDF", "Upload a .csv or .xlsx file."),
        ("list.xlsx", b"not a workbook", "could not be read as an Excel workbook"),
    ],
)
def test_a_file_that_cannot_be_used_says_why(name, content, message):
    with pytest.raises(bulk_files.BulkEnrolmentError, match=message):
        bulk_files.bulk_file_read(name=name, content=content)
