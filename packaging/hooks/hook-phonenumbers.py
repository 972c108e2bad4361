# Replaces the contributed hook for phonenumbers, which takes every submodule: the app checks and
# formats numbers only, so the tables for geocoding, carriers and time zones (about 40 MB) stay out.
from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: name.split(".")[1:2] not in [[part] for part in _UNUSED]
)
