from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learning/courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("learning/courses/<int:course_id>/withdraw/", views.withdraw, name="withdraw"),
    path("learning/modules/<int:module_id>/done/", views.mark_done, name="mark_done"),
    path("learning/modules/<int:module_id>/quiz/", views.submit_quiz, name="submit_quiz"),
]
