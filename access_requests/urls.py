"""The public addresses, under each language's prefix (archive_site/urls.py)."""

from django.urls import path

from access_requests import views

app_name = "access_requests"

urlpatterns = [
    path("request/<int:page_id>/", views.request_access, name="request"),
    path("request/<int:page_id>/sent/", views.request_sent, name="sent"),
    path("sign-in/<str:token>/", views.sign_in, name="sign_in"),
]
