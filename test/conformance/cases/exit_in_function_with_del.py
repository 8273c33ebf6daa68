import sys
class Res:
    def __del__(self):
        print("Res released")
r = Res()
def quit_now():
    print("exiting")
    sys.exit(7)
quit_now()
