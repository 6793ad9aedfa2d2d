from wagtail import hooks

from .admin_views import DonationsGroup, DonationsPanel, admin_urls


@hooks.register("register_admin_viewset")
def register_donations():
    return DonationsGroup()


@hooks.register("register_admin_urls")
def register_donation_actions():
    return admin_urls


@hooks.register("construct_homepage_panels")
def add_donations_panel(request, panels):
    # Donor data and totals only for those allowed to see donations; editors see nothing.
    if request.user.has_perm("donations.view_donation"):
        panels.append(DonationsPanel())
