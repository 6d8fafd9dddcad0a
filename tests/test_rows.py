"""Plain statements read back as the ORM reads the same rows."""

import pytest
from django.db import connection

from learning_platform.learning import services
from learning_platform.learning.models import Enrolment
from learning_platform.rows import db_value, model_rows
from tests.factories import UserFactory, course_page

pytestmark = pytest.mark.django_db


def test_a_row_read_by_hand_is_the_instance_the_orm_reads(home_page):
    course = course_page(title="Wetlands")
    enrolment, _created = services.enrolment_create(user=UserFactory(), course=course)
    rows = model_rows(Enrolment)

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {rows.columns('e')} FROM {Enrolment._meta.db_table} e "  # noqa: S608 - our table
            "WHERE e.course_key = %s",
            [db_value(Enrolment, "course_key", course.translation_key)],
        )
        read = rows.instance(cursor.fetchone())

    expected = Enrolment.objects.get()
    for field in Enrolment._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(expected, field.attname), field.name
    assert read.pk == enrolment.pk and read.enrolled_at.tzinfo is not None
    assert not read._state.adding  # saved rows: saving again updates them
