"""What a change to the organisation's models invalidates (read by core.dispatcher). The menu, the footer's
networks and settings, and the home page's testimonials show on many pages: each drops every derived entry and
purges the whole site. Pages are core's rows (core/invalidation.py)."""

from core.dispatcher import EVERYTHING, SITE, Invalidates, not_created

INVALIDATES = [
    Invalidates("home.MainNavigation", on=("saved",), when=not_created, sections=(EVERYTHING,), purge=SITE),
    Invalidates("home.NavigationItem", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
    Invalidates("home.OrganisationSettings", on=("saved",), when=not_created, sections=(EVERYTHING,), purge=SITE),
    Invalidates("home.NetworkOrganisation", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
    Invalidates("home.Testimonial", on=("saved", "deleted"), sections=(EVERYTHING,), purge=SITE),
]
