"""Small HTTP clients for the stack test (cookies, forms, multipart uploads, no redirects followed) and for
requests that must leave from a given loopback address (127.0.0.2, 127.0.0.3: the sign-in lockout tests)."""

import http.client
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookies import SimpleCookie


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class Client:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, method, path, data=None, headers=None, content_type=None):
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request, timeout=30) as response:
                return Response(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, error.read())

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, fields, headers=None):
        data = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, data, headers, "application/x-www-form-urlencoded")

    def post_multipart(self, path, fields, files, headers=None):
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, (filename, content, mime) in files.items():
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            parts.append(f"{head}Content-Type: {mime}\r\n\r\n".encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), headers, f"multipart/form-data; boundary={boundary}")

    def csrf_token(self):
        return next((cookie.value for cookie in self.jar if cookie.name == "csrftoken"), "")

    def login(self, username, password):
        self.get("/admin/login/")
        response = self.post(
            "/admin/login/",
            {"username": username, "password": password, "csrfmiddlewaretoken": self.csrf_token()},
            headers={"Referer": self.base + "/admin/login/"},
        )
        assert response.status == 302, response.text[:500]
        return self


def form_token(html):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else ""


class AddressClient:
    """An HTTP client whose connections leave from one loopback address, keeping cookies between requests."""

    def __init__(self, base_url, source):
        parsed = urllib.parse.urlsplit(base_url)
        self.host, self.port, self.source = parsed.hostname, parsed.port, source
        self.cookies = SimpleCookie()

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30, source_address=(self.source, 0))
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={morsel.value}" for key, morsel in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookies.load(value)
        text = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, response.headers, text

    def sign_in(self, username, password):
        _status, _headers, form = self.request("GET", "/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token})
        status, headers, text = self.request(
            "POST",
            "/admin/login/",
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Referer": f"http://{self.host}:{self.port}/"},
        )
        return status, headers, text
