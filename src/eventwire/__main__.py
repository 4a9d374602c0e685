"""``python -m eventwire``: the same command line as the ``eventwire`` script."""

from eventwire.cli.main import run

if __name__ == "__main__":
    run()
