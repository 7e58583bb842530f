package testdb

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Cluster is a PostgreSQL server of the test's own, in a temporary
// directory on a free port, so a test may stop and start it (an outage)
// without disturbing the shared server other tests use.
type Cluster struct {
	t    *testing.T
	bin  string // the directory of initdb and pg_ctl
	dir  string
	port int
	as   []string // the command prefix that runs a binary as the postgres user
}

// NewCluster initialises and starts a private cluster, stopped and removed
// when the test ends. It needs PostgreSQL's server binaries (Debian's
// postgresql package); without them the test is skipped locally and fails
// under CI=true.
func NewCluster(t *testing.T) *Cluster {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("PostgreSQL server binaries (initdb, pg_ctl) are required when CI=true")
		}
		t.Skip("PostgreSQL server binaries not found; the outage test needs initdb and pg_ctl")
	}
	c := &Cluster{t: t, bin: filepath.Dir(bins[len(bins)-1])}
	dir, err := os.MkdirTemp("", "keybs-pg-")
	if err != nil {
		t.Fatal(err)
	}
	c.dir = dir
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if os.Geteuid() == 0 {
		// PostgreSQL refuses to run as root: run it as its own user.
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root needs a postgres user: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		c.as = []string{"runuser", "-u", "postgres", "--"}
	}
	c.port = freePort(t)
	c.run("initdb", "-D", filepath.Join(dir, "data"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")
	c.Start()
	t.Cleanup(func() { c.pgctl("stop", "-m", "immediate") })
	return c
}

// URL is the address of the cluster's postgres database.
func (c *Cluster) URL() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", c.port)
}

// Start starts the server and waits until it accepts connections.
func (c *Cluster) Start() {
	c.t.Helper()
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", c.port, c.dir)
	c.pgctl("start", "-w", "-l", filepath.Join(c.dir, "server.log"), "-o", opts)
}

// Stop shuts the server down at once, dropping every connection.
func (c *Cluster) Stop() {
	c.t.Helper()
	c.pgctl("stop", "-w", "-m", "fast")
}

func (c *Cluster) pgctl(args ...string) {
	c.t.Helper()
	c.run("pg_ctl", append([]string{"-D", filepath.Join(c.dir, "data")}, args...)...)
}

func (c *Cluster) run(name string, args ...string) {
	c.t.Helper()
	argv := append(append(append([]string{}, c.as...), filepath.Join(c.bin, name)), args...)
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil && !(name == "pg_ctl" && strings.Contains(string(out), "is the server running")) {
		log, _ := os.ReadFile(filepath.Join(c.dir, "server.log"))
		c.t.Fatalf("%s %s: %v\n%s\n%s", name, strings.Join(args, " "), err, out, log)
	}
}

// freePort returns a TCP port nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
