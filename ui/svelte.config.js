// Svelte compiles <script lang="ts"> (type annotations only) without a preprocessor.
export default {};
