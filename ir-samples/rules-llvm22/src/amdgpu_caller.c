float g_scale(float a);
float g_use(float a) { return g_scale(a) + 1.0f; }
