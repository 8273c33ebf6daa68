def connect(host, port=80):
    return f"{host}:{port}"

print(connect("localhost", port=8080))
print(connect("localhost", timeout=5))
