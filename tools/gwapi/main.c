/* gwapi command-line tool: dispatches to one file per command. */
#include "cli.h"

#include <errno.h>
#include <string.h>

static void help(FILE *out)
{
    fprintf(out,
            "gwapi %s: Kubernetes Gateway API and Envoy Gateway resources, offline\n"
            "\n"
            "usage: gwapi COMMAND [OPTIONS] FILE...\n"
            "\n"
            "commands:\n"
            "  validate   check objects as an API server with the CRDs installed would\n"
            "  translate  print the IR: listeners, virtual hosts, routes in match order\n"
            "  routes     print the route table per listener (text, json or yaml)\n"
            "  status     the status a controller would write for the objects it manages\n"
            "  explain    why a route, policy or Gateway resolved as it did\n"
            "  help       show this text\n"
            "\n"
            "gwapi --version prints the version. `gwapi COMMAND --help` for details.\n",
            gwapi_version());
}

static int run(int argc, char **argv)
{
    if (argc < 2) {
        help(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
        printf("gwapi %s\n", gwapi_version());
        return EXIT_VALID;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        help(stdout);
        return EXIT_VALID;
    }
    if (!strcmp(cmd, "validate"))
        return cmd_validate(argc - 1, argv + 1);
    if (!strcmp(cmd, "translate"))
        return cmd_translate(argc - 1, argv + 1);
    if (!strcmp(cmd, "routes"))
        return cmd_routes(argc - 1, argv + 1);
    if (!strcmp(cmd, "status"))
        return cmd_status(argc - 1, argv + 1);
    if (!strcmp(cmd, "explain"))
        return cmd_explain(argc - 1, argv + 1);
    fprintf(stderr, "gwapi: unknown command \"%s\"\n", cmd);
    help(stderr);
    return EXIT_USAGE;
}

/* Output that did not reach its destination (a full disk, a closed pipe)
 * is an I/O error, never a silent success. */
int main(int argc, char **argv)
{
    int rc = run(argc, argv);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "gwapi: error writing standard output: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    return rc;
}
