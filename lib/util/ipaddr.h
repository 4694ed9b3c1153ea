/* IP address parsing as Go parses it, in the two flavours Kubernetes uses:
 * strict (net.ParseIP / netip.ParseAddr: no leading zeros in IPv4 octets)
 * and sloppy (k8s.io/utils/net.ParseIPSloppy: leading zeros allowed, read
 * as decimal), which the OpenAPI "ipv4" format keeps for old clients. */
#ifndef GWAPI_IPADDR_H
#define GWAPI_IPADDR_H

#include <stdbool.h>
#include <stddef.h>

/* Dotted-quad IPv4, exactly n bytes of s, into 4 bytes. */
bool ip_parse_v4(const char *s, size_t n, bool sloppy, unsigned char out[4]);
/* IPv6 (with an optional embedded IPv4 tail) into 16 bytes; a zone after
 * '%' is accepted and reported through *zone. */
bool ip_parse_v6(const char *s, size_t n, bool sloppy, unsigned char out[16], bool *zone);

/* The OpenAPI formats as kube-openapi checks them: "ipv4" is
 * ParseIPSloppy(s) != nil with a '.', "ipv6" is net.ParseIP(s) != nil with
 * a ':' (exactly n bytes of s). */
bool ip_format_ipv4(const char *s, size_t n);
bool ip_format_ipv6(const char *s, size_t n);

#endif
