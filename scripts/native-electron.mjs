console.log("[sipanti] native: placeholder");
