import { defineComponent, h } from 'vue';
import { snippetParts } from '#shared/utils/search-results';

/**
 * A search result's snippet: text with the matched words in <mark>. A render function
 * rather than a template, as template whitespace between the parts would show as
 * spaces around the marks; no v-html, so nothing but <mark> can come from the CMS.
 */
export default defineComponent({
  name: 'SearchSnippet',
  props: { html: { type: String, required: true } },
  setup(props) {
    return () =>
      h(
        'p',
        { class: 'search-snippet' },
        snippetParts(props.html).map((part) => (part.marked ? h('mark', part.text) : part.text)),
      );
  },
});
