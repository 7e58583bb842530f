// Command keybs runs the KeyBS developer platform: the GraphQL API, REST /v1,
// the public pages and the developer portal, in one process.
//
//	keybs                      serve (same as "keybs serve")
//	keybs staff create --email ops@example.com --role ops [--name …] [--password-stdin]
package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "keybs:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(ctx, getenv, stdout, stderr)
	case "staff":
		if len(args) == 0 || args[0] != "create" {
			return errors.New("usage: keybs staff create --email EMAIL --role analyst|senior_analyst|ops [--name NAME] [--password-stdin]")
		}
		return createStaff(ctx, args[1:], getenv, stdin, stdout, stderr)
	case "limits":
		if len(args) == 0 || args[0] != "set" {
			return errors.New(limitsUsage)
		}
		return setLimit(ctx, args[1:], getenv, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, "usage: keybs [serve] | keybs staff create --email EMAIL --role ROLE [--name NAME] [--password-stdin]\n       "+limitsUsage)
		return nil
	default:
		return fmt.Errorf("unknown command %q (try: keybs help)", cmd)
	}
}

func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

func serve(ctx context.Context, getenv func(string) string, stdout, stderr io.Writer) error {
	log := newLogger(stderr, slog.LevelInfo)
	cfg, err := server.LoadConfig(getenv, log)
	if err != nil {
		return err
	}
	log = newLogger(stderr, cfg.LogLevel)
	return server.Run(ctx, cfg, log, func(addr string) {
		fmt.Fprintf(stdout, "\nKeyBS is running at http://%s  (env: %s, database: %s)\n", addr, cfg.Env, redactURL(cfg.DatabaseURL))
		fmt.Fprintf(stdout, "Open it in a browser and choose \"Create account\" to sign up, then log in with that email and password.\n")
		fmt.Fprintf(stdout, "GraphQL: http://%s/graphql   REST: http://%s/v1   Stop with Ctrl-C.\n\n", addr, addr)
	})
}

func createStaff(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("staff create", flag.ContinueOnError)
	fs.SetOutput(stderr)
	email := fs.String("email", "", "staff member's email (required)")
	role := fs.String("role", "", "analyst, senior_analyst or ops (required)")
	name := fs.String("name", "", "display name (defaults to the email)")
	fromStdin := fs.Bool("password-stdin", false, "read the password from standard input instead of generating one")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *email == "" || *role == "" {
		return errors.New("--email and --role are required")
	}
	if *name == "" {
		*name = *email
	}
	password, generated := "", false
	if *fromStdin {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		password = strings.TrimRight(line, "\r\n")
	} else {
		b := make([]byte, 18)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		password, generated = base64.RawURLEncoding.EncodeToString(b), true
	}

	log := newLogger(stderr, slog.LevelWarn)
	cfg, err := server.LoadConfig(getenv, log)
	if err != nil {
		return err
	}
	s, err := server.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer s.Close()
	u, err := s.Auth.CreateStaff(ctx, *email, *name, password, viewer.StaffRole(strings.ToUpper(*role)))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created staff user %s (%s, role %s)\n", u.Email, u.ID, strings.ToLower(*role))
	if generated {
		fmt.Fprintf(stdout, "password (shown once): %s\n", password)
	}
	return nil
}

// redactURL hides a password in a database URL before printing it.
func redactURL(raw string) string {
	if i := strings.Index(raw, "@"); i > 0 && strings.Contains(raw[:i], "://") {
		scheme := raw[:strings.Index(raw, "://")+3]
		return scheme + "…@" + raw[i+1:]
	}
	return raw
}

const limitsUsage = "usage: keybs limits set (--key KEY_ID | --tenant TENANT_ID) (--per-minute N | --clear)"

// setLimit sets or removes an enterprise rate-limit override, as ops staff
// do with setRateLimitOverride; the change is audited in the tenant's log.
func setLimit(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("limits set", flag.ContinueOnError)
	fs.SetOutput(stderr)
	key := fs.String("key", "", "the API key's id (key_…)")
	tenant := fs.String("tenant", "", "the tenant's id (tnt_…)")
	perMinute := fs.Int("per-minute", 0, "requests per minute, 1 to 1,000,000")
	clear := fs.Bool("clear", false, "remove the override")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (*key == "") == (*tenant == "") || (*perMinute == 0) == !*clear {
		return errors.New(limitsUsage)
	}
	o := apikey.Override{}
	if *key != "" {
		o.KeyID = key
	} else {
		o.TenantID = tenant
	}
	if !*clear {
		o.PerMinute = perMinute
	}
	log := newLogger(stderr, slog.LevelWarn)
	cfg, err := server.LoadConfig(getenv, log)
	if err != nil {
		return err
	}
	s, err := server.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.Keys.SetOverride(privacy.DecisionContext(ctx, privacy.Allow), o); err != nil {
		return err
	}
	target := "key " + *key
	if *tenant != "" {
		target = "tenant " + *tenant
	}
	if *clear {
		fmt.Fprintf(stdout, "removed the rate-limit override of %s\n", target)
	} else {
		fmt.Fprintf(stdout, "%s may now make %d requests per minute\n", target, *perMinute)
	}
	return nil
}
