from django.urls import path

from . import views

# Mounted under /<language>/accounts/, beside allauth's pages.
urlpatterns = [
    path("profile/", views.ProfileView.as_view(), name="account_profile"),
    path("my-data/", views.PersonalDataExportView.as_view(), name="account_data_export"),
    path("erase/", views.AccountEraseView.as_view(), name="account_erase"),
    path("consent/", views.PrivacyConsentView.as_view(), name="account_privacy_consent"),
]

# Mounted at /<language>/.
privacy_urlpatterns = [
    path("privacy/", views.PrivacyNoticeView.as_view(), name="privacy_notice"),
]
