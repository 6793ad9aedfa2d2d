"""The admin on a closed network: no release check and no Gravatar images, so nothing waits for the internet."""


def test_dashboard_and_account_call_no_outside_service(admin_client, home_page):
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        html = admin_client.get(url).content.decode()
        assert "w-upgrade" not in html, url
        assert "gravatar.com" not in html, url
