module gwapi.dev/gwapi

go 1.19
