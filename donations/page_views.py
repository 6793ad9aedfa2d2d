"""Who serves the DonationPage's sub-pages. The page model routes by name; views.py and the simulated gateway
register themselves here when the app is ready, so the model never imports the layers above it."""

_views = {}


def serves(name):
    """Decorator: `view(request, page, **route_kwargs)` serves the sub-page called `name`."""

    def register(view):
        _views[name] = view
        return view

    return register


def view_for(name):
    return _views[name]
