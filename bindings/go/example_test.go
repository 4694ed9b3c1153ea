package gwapi_test

import (
	"fmt"
	"os"

	"gwapi.dev/gwapi"
)

func ExampleContext_Validate() {
	ctx, _ := gwapi.NewContext(&gwapi.Options{Channel: "standard"})
	defer ctx.Close()
	data, _ := os.ReadFile("../../examples/quickstart.yaml")
	res, _ := ctx.Validate(data)
	fmt.Println(res.OK(), res.Summary.Objects)
	// Output: true 6
}
