from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "learning_platform.demo"
    label = "demo"
    verbose_name = "Demo content"
