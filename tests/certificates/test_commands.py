import pytest
from django.core.management import CommandError, call_command

from tests.certificates.pdf import extracted_lines, name_glyph_problems

pytestmark = pytest.mark.django_db


def test_the_sample_command_renders_a_name_and_course_to_a_file(course, tmp_path, capsys):
    output = tmp_path / "sample.pdf"

    call_command("certificate_sample", "Nguyễn Thị Ngọc Ánh", course=course.slug, output=output)

    pdf = output.read_bytes()
    lines = extracted_lines(pdf)["pypdf"]
    assert "Nguyễn Thị Ngọc Ánh" in lines and "Clearing-House Mechanism" in lines
    assert "Dr Anne Franklin" in lines
    assert name_glyph_problems(pdf, "Nguyễn Thị Ngọc Ánh") == []
    assert "sample.pdf" in capsys.readouterr().out


def test_the_sample_command_says_when_the_course_is_unknown(home_page, tmp_path):
    with pytest.raises(CommandError, match="No course"):
        call_command("certificate_sample", "A Name", course="nope", output=tmp_path / "x.pdf")
