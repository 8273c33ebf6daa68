class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status

def fetch(url):
    raise HttpError(404, "Not Found: " + url)

fetch("/index.html")
