import sys
def main():
    try:
        print("working")
        sys.exit(5)
    finally:
        print("cleanup in finally")
try:
    main()
except Exception:
    print("Exception does not catch SystemExit")
