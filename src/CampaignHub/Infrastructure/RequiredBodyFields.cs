using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CampaignHub.Infrastructure;

/// <summary>
/// Refuses a JSON body that is missing a required field before the handler sees it: an absent body, a
/// non-nullable field left out or sent as null, or an enum value that names nothing. The answer is a 400
/// ProblemDetails in Chinese naming the field, never a 500 from a null deep in a service.
/// </summary>
public static class RequiredBodyFields
{
    private const int MaxDepth = 3;
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, bool Nullable)>> Properties = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityLock = new();

    /// <summary>Adds the check to every endpoint of <paramref name="group"/> that takes a body of the app's own types.</summary>
    public static TBuilder RequireBodyFields<TBuilder>(this TBuilder group)
        where TBuilder : IEndpointConventionBuilder =>
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var isService = factory.ApplicationServices.GetService<IServiceProviderIsService>();
            var bodies = factory.MethodInfo.GetParameters()
                .Select((p, i) => (Parameter: p, Index: i, Optional: IsNullable(p)))
                .Where(x => IsBodyType(x.Parameter.ParameterType) && isService?.IsService(x.Parameter.ParameterType) != true)
                .ToList();
            if (bodies.Count == 0)
            {
                return next;
            }

            return async context =>
            {
                foreach (var (parameter, index, optional) in bodies)
                {
                    var argument = context.Arguments.ElementAtOrDefault(index);
                    var problem = argument is null
                        ? optional ? null : "请求正文不能为空"
                        : ProblemWith(argument, parameter.ParameterType, 0);

                    if (problem is not null)
                    {
                        return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "输入有误");
                    }
                }

                return await next(context);
            };
        });

    private static bool IsBodyType(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly.GetName().Name?.StartsWith("CampaignHub", StringComparison.Ordinal) == true;

    /// <summary>The first problem with <paramref name="value"/>'s fields, or null.</summary>
    private static string? ProblemWith(object? value, Type type, int depth)
    {
        if (value is null || depth >= MaxDepth || !IsBodyType(type))
        {
            return null;
        }

        foreach (var (property, nullable) in PropertiesOf(type))
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var fieldValue = property.GetValue(value);
            if (fieldValue is null)
            {
                if (!nullable)
                {
                    return $"缺少必填字段“{field}”";
                }

                continue;
            }

            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType.IsEnum && !valueType.IsDefined(typeof(FlagsAttribute), false) && !Enum.IsDefined(valueType, fieldValue))
            {
                return $"字段“{field}”的值无效";
            }

            if (fieldValue is not IEnumerable && ProblemWith(fieldValue, fieldValue.GetType(), depth + 1) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static IReadOnlyList<(PropertyInfo Property, bool Nullable)> PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t =>
        {
            lock (NullabilityLock)
            {
                return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.SetMethod is not null)
                    .Select(p => (p, p.PropertyType.IsValueType ? Nullable.GetUnderlyingType(p.PropertyType) is not null : Nullability.Create(p).ReadState != NullabilityState.NotNull))
                    .ToList();
            }
        });

    private static bool IsNullable(ParameterInfo parameter)
    {
        lock (NullabilityLock)
        {
            return Nullability.Create(parameter).ReadState != NullabilityState.NotNull;
        }
    }
}
