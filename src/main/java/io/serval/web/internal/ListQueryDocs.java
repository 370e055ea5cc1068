package io.serval.web.internal;

import io.serval.web.ListQuery;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API documentation names the {@code page}, {@code size}, {@code sort} and {@code dir} of every paged list. */
@Configuration(proxyBeanMethods = false)
class ListQueryDocs {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ListQuery.class);
    }

    @Bean
    OperationCustomizer listQueryParameters() {
        ListQuery.Reader api = ListQuery.Reader.API;
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == ListQuery.class)) {
                List.of(new QueryParameter().name("page").description("page number from 0; a page past the end is empty")
                                .schema(new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO)),
                        new QueryParameter().name("size").description("rows per page, at most " + api.maxSize)
                                .schema(new IntegerSchema()._default(api.defaultSize).maximum(
                                        java.math.BigDecimal.valueOf(api.maxSize))),
                        new QueryParameter().name("sort").description("sort key (see the operation); an unknown one "
                                + "gives the list's default order").schema(new StringSchema()),
                        new QueryParameter().name("dir").description("asc or desc")
                                .schema(new StringSchema()._enum(List.of("asc", "desc"))))
                        .forEach(operation::addParametersItem);
            }
            return operation;
        };
    }
}
