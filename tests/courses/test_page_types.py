from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, HomePage, ModulePage
from tests.factories import catalogue, course_page, module_page, sample_quiz


class TestPageTypeRules(WagtailPageTestCase):
    def test_the_tree_is_home_then_catalogue_then_course_then_module(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, set())

    def test_a_home_page_has_one_catalogue(self):
        home = HomePage.objects.get(depth=2)
        self.assertFalse(CourseIndexPage.can_create_at(home))  # the migration made it

    def test_every_page_type_renders(self):
        course = course_page()
        module = module_page(course, quiz=sample_quiz())
        for page in (catalogue(), course, module):
            self.assertPageIsRenderable(page)

    def test_the_migrations_made_the_catalogue(self):
        self.assertEqual(catalogue().title, "Courses")
