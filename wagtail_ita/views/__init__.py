"""Admin screens of the coordinator's tools, one module per screen."""
