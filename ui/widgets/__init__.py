"""Small widgets shared by several screens (client picker, inline form errors)."""
