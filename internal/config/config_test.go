package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoad_defaults(t *testing.T) {
	c, err := Load("serve", nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:8080" || c.Env != EnvProduction || c.SessionIdle != 30*time.Minute || c.DatabaseURL != "" {
		t.Fatalf("defaults: %+v", c)
	}
}

func TestLoad_flagsOverrideEnvironment(t *testing.T) {
	c, err := Load("serve", []string{"--addr", "127.0.0.1:18080", "--data", "/tmp/x"}, env(map[string]string{
		"KAKANAI_ADDR": "0.0.0.0:1", "KAKANAI_ENV": "development", "KAKANAI_SESSION_IDLE": "10m",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:18080" || c.DataDir != "/tmp/x" || !c.Development() || c.SessionIdle != 10*time.Minute {
		t.Fatalf("got %+v", c)
	}
}

func TestLoad_secretFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(path, []byte("s3cret-from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load("serve", nil, env(map[string]string{"KAKANAI_BOOTSTRAP_ADMIN_PASSWORD_FILE": path}))
	if err != nil {
		t.Fatal(err)
	}
	if c.BootstrapAdminPassword != "s3cret-from-file" {
		t.Fatalf("got %q", c.BootstrapAdminPassword)
	}
}

func TestLoad_badValuesNameTheVariable(t *testing.T) {
	_, err := Load("serve", nil, env(map[string]string{"KAKANAI_ENV": "staging", "KAKANAI_SESSION_IDLE": "soon"}))
	if err == nil || !strings.Contains(err.Error(), "KAKANAI_ENV") || !strings.Contains(err.Error(), "KAKANAI_SESSION_IDLE") {
		t.Fatalf("err = %v", err)
	}
}
