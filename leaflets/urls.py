from django.urls import path

from leaflets.views import region_picture

urlpatterns = [
    path("leaflets/regions/<int:pk>.jpg", region_picture, name="leaflet_region"),
]
