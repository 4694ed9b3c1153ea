package gwapi_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The README's Go example, built as a program against this module and run
// from the repository root.
func TestReadmeExample(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, found := strings.Cut(string(readme), "\n```go\n")
	block, _, closed := strings.Cut(rest, "\n```\n")
	if !found || !closed {
		t.Fatal("README.md has no ```go block")
	}
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module readme\n\ngo 1.19\n\nrequire gwapi.dev/gwapi v0.0.0\n\nreplace gwapi.dev/gwapi => "+
		filepath.Join(root, "bindings", "go")+"\n")
	write("main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\n\t\"gwapi.dev/gwapi\"\n)\n\nfunc main() {\n"+
		block+"\n}\n")
	build := exec.Command("go", "build", "-o", "readme")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s\n%s", err, out, block)
	}
	run := exec.Command(filepath.Join(dir, "readme"))
	run.Dir = root
	out, err := run.CombinedOutput()
	if err != nil || string(out) != "true <nil>\n" {
		t.Fatalf("got %q, %v", out, err)
	}
}
